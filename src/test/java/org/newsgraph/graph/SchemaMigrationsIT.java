package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.newsgraph.Neo4jTestBase;

/**
 * Found by {@code KilledLoadIT}: a load killed while neo4j-migrations held its lock (a
 * node in the database) kept every later start from running. A current schema is now
 * checked without taking the lock.
 */
class SchemaMigrationsIT extends Neo4jTestBase {

	private static final CypherStatement STALE_LOCK = CypherStatement.load("test/stale-migrations-lock");

	private static final CypherStatement DELETE_LOCK = CypherStatement.load("test/delete-migrations-lock");

	@AfterEach
	void takeAwayTheStaleLock() {
		graph().write(tx -> tx.run(DELETE_LOCK.text()).consume());
	}

	@Test
	void aCurrentSchemaStartsEvenWithTheLockOfAKilledProcessLeftBehind() {
		graph().write(tx -> tx.run(STALE_LOCK.text()).consume());

		assertThatNoException().isThrownBy(() -> SchemaMigrations.apply(context.getBean(Driver.class), null));
	}

}
