// Relay fragments compiled by relay-compiler against the served SDL (checks/relay.mjs): @connection on a root
// connection, on nested connections forwards and backwards, @refetchable through Node.
import { graphql } from 'relay-runtime';

export const peopleList = graphql`
  fragment PeopleList_query on Query
  @argumentDefinitions(first: { type: "Int", defaultValue: 5 }, after: { type: "String" }) {
    people(first: $first, after: $after) @connection(key: "PeopleList_people") {
      totalCount
      edges {
        node {
          id
          name
          ...PersonQuotes_person
          ...PersonEvents_person
        }
      }
    }
  }
`;

export const personQuotes = graphql`
  fragment PersonQuotes_person on Person
  @refetchable(queryName: "PersonQuotesPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" }) {
    quotes(first: $count, after: $cursor) @connection(key: "PersonQuotes_quotes") {
      edges {
        node {
          id
          text
        }
      }
    }
  }
`;

export const personEvents = graphql`
  fragment PersonEvents_person on Person
  @refetchable(queryName: "PersonEventsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" }) {
    events(last: $count, before: $cursor) @connection(key: "PersonEvents_events") {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

export const query = graphql`
  query PeopleListQuery {
    ...PeopleList_query
  }
`;
