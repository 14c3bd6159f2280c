package io.summitgraph.common.graphql;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

/** Who can promise, hold a stance or be bound: a person, a country or an organization. */
@Union("Party")
@Description(
    "A person, country or organization acting as a party: making a commitment or holding a stance.")
public interface Party {}
