package io.summitgraph.events;

/** An event as one of its participants sees it: the event and the person's participation. */
record PersonEvent(Event event, Participation participation) {

  static PersonEvent from(ListedEventEntity row) {
    return new PersonEvent(Event.from(row), Participation.from(row));
  }
}
