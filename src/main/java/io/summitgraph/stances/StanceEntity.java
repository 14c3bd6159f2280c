package io.summitgraph.stances;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "stance")
public class StanceEntity extends StanceColumns {}
