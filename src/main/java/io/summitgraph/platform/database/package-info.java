/**
 * The embedded PostgreSQL: started before Quarkus reads its configuration ({@code
 * EmbeddedDatabase}), its roles and stored credentials ({@code EmbeddedDatabaseAccess}), its
 * restart after a crash ({@code EmbeddedDatabaseSupervisor}), liveness, and its stop as the
 * service's last shutdown step. Nothing here is used with an external database.
 */
package io.summitgraph.platform.database;
