package io.summitgraph.mentions;

/** A thing a text can mention: its kind and key. */
public record MentionSubjectKey(MentionSubjectKind kind, long key) {}
