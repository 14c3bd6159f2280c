package io.summitgraph.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Union;

/** Who can promise, hold a stance or be bound: a person, a country or an organization. */
@Union("Party")
@Description(
    "A person, country or organization acting as a party: making a commitment or holding a stance.")
public interface Party {}
