package io.summitgraph.common.graphql;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

/** What a mention can name: a person, an organization, a country or a location. */
@Union("MentionSubject")
@Description("A known person, organization, country or location that a source mentions by name.")
public interface MentionSubject {}
