package io.summitgraph.transfer;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.QuarkusApplication;
import java.util.Arrays;

/** The Quarkus application an export or import runs as: the command, then exit. */
public class TransferApplication implements QuarkusApplication {

  @Override
  public int run(String... args) {
    TransferService service = Arc.container().instance(TransferService.class).get();
    return TransferCommand.execute(
        service, System.out, System.err, args[0], Arrays.copyOfRange(args, 1, args.length));
  }
}
