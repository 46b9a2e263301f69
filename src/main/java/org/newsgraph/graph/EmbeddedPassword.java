package org.newsgraph.graph;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.newsgraph.NewsgraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's password: generated at its first start, set on the server in
 * place of Neo4j's default, and kept in the data folder (readable by its owner only) so
 * that later starts, and the person at Neo4j Browser, can use it.
 */
final class EmbeddedPassword {

	static final String USER = "neo4j";

	static final String FILE_NAME = "neo4j-password";

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPassword.class);

	private static final CypherStatement SET_INITIAL_PASSWORD = CypherStatement.load("admin/set-initial-password");

	/** Neo4j's password for a new server, which it asks to change at first login. */
	private static final String NEO4J_DEFAULT = "neo4j";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int LENGTH = 24;

	private EmbeddedPassword() {
	}

	/** The kept password, after setting a new one on the server if there is none yet. */
	static AuthToken of(Path dataDir, URI bolt) {
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (Files.exists(file)) {
				return AuthTokens.basic(USER, Files.readString(file, StandardCharsets.UTF_8).strip());
			}
			String password = generate();
			replaceDefault(bolt, password, file);
			keep(file, password);
			LOG.warn("Neo4j Browser and Bolt ask for a password: user '{}', password '{}' (generated now, kept in {})",
					USER, password, file);
			return AuthTokens.basic(USER, password);
		}
		catch (IOException ex) {
			throw new NewsgraphException(
					"Cannot read or keep the embedded Neo4j's password in " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void replaceDefault(URI bolt, String password, Path file) {
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.basic(USER, NEO4J_DEFAULT));
				var session = driver.session(SessionConfig.forDatabase("system"))) {
			session.executeWriteWithoutResult(
					tx -> tx.run(SET_INITIAL_PASSWORD.text(), Map.of("current", NEO4J_DEFAULT, "password", password))
						.consume());
		}
		catch (Neo4jException ex) {
			throw new NewsgraphException("The embedded Neo4j has a password already, but " + file
					+ " does not hold it: put it there, or start with a new data folder (Neo4j said: " + ex.getMessage()
					+ ")", ex);
		}
	}

	private static void keep(Path file, String password) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING);
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
