package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code docker compose up} builds the image from the project as Maven sees it. Docker
 * does not run here, so this checks what it would be given: the build stage copies the
 * whole project, and {@code .dockerignore} keeps out only what builds and runs leave.
 */
class DockerBuildTest {

	/** What the Maven build reads, openapi.properties among it (Swagger UI). */
	private static final List<String> READ_BY_THE_BUILD = List.of("pom.xml", "openapi.properties", "src", "cypher",
			"seeds");

	@Test
	void theImageIsBuiltFromEverythingTheMavenBuildReads() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));
		List<PathMatcher> ignored = Files.readAllLines(Path.of(".dockerignore"))
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(pattern -> FileSystems.getDefault().getPathMatcher("glob:" + pattern.replaceAll("/$", "")))
			.toList();

		assertThat(compose).contains("COPY . .");
		for (String path : READ_BY_THE_BUILD) {
			assertThat(Path.of(path)).exists();
			assertThat(ignored).as(path).noneMatch(pattern -> pattern.matches(Path.of(path)));
		}
		assertThat(ignored).anyMatch(pattern -> pattern.matches(Path.of("target")))
			.anyMatch(pattern -> pattern.matches(Path.of("data")));
	}

}
