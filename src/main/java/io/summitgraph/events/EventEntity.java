package io.summitgraph.events;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "event")
public class EventEntity extends EventColumns {}
