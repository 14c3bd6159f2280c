package io.summitgraph.quotes;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "quote")
public class QuoteEntity extends QuoteColumns {}
