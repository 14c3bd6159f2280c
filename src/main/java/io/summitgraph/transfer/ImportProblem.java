package io.summitgraph.transfer;

/**
 * Why an import wrote nothing: where in the file (a JSON pointer such as {@code
 * /records/person/3/name}) and what is wrong there.
 */
public record ImportProblem(String pointer, String message) {

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}
