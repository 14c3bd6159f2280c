# Sourced by the check scripts: runs the packaged service (target/quarkus-app, built by `./mvnw verify`) on
# loopback with the JVM options it is measured with (scripts/jvm-options: a bounded heap, so memory checks test the
# service, not how far a default heap chooses to grow) and its own embedded database.
#
#   start_packaged_service WORK_DIR [PORT]   sets port, base (http://127.0.0.1:PORT) and pid; appends the
#                                            service's output to WORK_DIR/service.log; fails unless it gets ready.
#                                            SERVICE_OPTS adds JVM options (e.g. -Dsummitgraph.embedded-db.port=…);
#                                            the QUARKUS_DATASOURCE_* variables, when set, point it at another database
#   free_port                                prints a free loopback port

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_packaged_service() {
  local work=$1
  port=${2:-$(free_port)}
  base="http://127.0.0.1:$port"
  # shellcheck disable=SC2046,SC2086
  MALLOC_ARENA_MAX=2 java $(cat scripts/jvm-options) -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dsummitgraph.embedded-db.data-dir="$PWD/$work/postgres" ${SERVICE_OPTS:-} \
    -jar target/quarkus-app/quarkus-run.jar >> "$work/service.log" 2>&1 &
  pid=$!
  # Readiness includes the warm-up (a few seconds); the first start also initialises the database.
  for _ in $(seq 1 480); do
    if curl -fs -o /dev/null --max-time 5 "$base/q/health/ready"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 60 "$work/service.log"; echo "The service did not start"; return 1
    fi
    sleep 0.5
  done
  echo "The service is not ready after 4 minutes"; return 1
}
