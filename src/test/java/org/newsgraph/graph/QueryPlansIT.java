package org.newsgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.summary.Plan;
import org.newsgraph.Neo4jTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans Neo4j makes for the statements that write documents, read with
 * {@code EXPLAIN} against the real schema: every node they look up is found through an
 * index, never by scanning a label or the whole store, which would make each batch slower
 * as the graph grows; and, with the analysis's, none that only adds and changes makes
 * Neo4j read all of its rows before writing any (an {@code Eager} step), which holds them
 * in memory and undoes the streaming.
 */
class QueryPlansIT extends Neo4jTestBase {

	private static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan", "DirectedAllRelationshipsScan",
			"UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan");

	static Stream<String> writeStatements() throws IOException {
		return statements("write");
	}

	private static Stream<String> statements(String folder) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("cypher", folder))) {
			return files.map(file -> folder + "/" + file.getFileName().toString().replace(".cypher", ""))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("writeStatements")
	void everyLookupOfAWriteStatementUsesAnIndex(String name) {
		assertThat(operators(plan(name))).as(name)
			.noneMatch(operator -> SCANS.contains(operator.replaceAll("@.*", "")));
	}

	/**
	 * Statements that delete are left out: Neo4j puts an Eager step before any delete of
	 * what a later row may still read (its read/delete conflict), whatever the
	 * statement's form. They run on unloads and re-analyses, on the rows of what is taken
	 * back.
	 */
	static Stream<String> statementsThatWriteWithoutDeleting() throws IOException {
		return Stream.concat(statements("write"), statements("analysis"))
			.filter(name -> !name.startsWith("analysis/gds-"))
			.filter(name -> {
				String cypher = CypherStatement.load(name).text().replaceAll("(?m)^\\s*//.*$", "");
				return cypher.matches("(?s).*\\b(MERGE|CREATE|SET|REMOVE)\\b.*") && !cypher.contains("DELETE");
			});
	}

	@ParameterizedTest
	@MethodSource("statementsThatWriteWithoutDeleting")
	void noStatementThatWritesWithoutDeletingHoldsItsRowsInAnEagerStep(String name) {
		assertThat(operators(plan(name))).as(name)
			.noneMatch(operator -> operator.replaceAll("@.*", "").equals("Eager"));
	}

	/**
	 * The default lists, the newest articles and the largest stories, are the first
	 * entries of an index read backwards: sorting every article or story for a page of 20
	 * took over a second at a million documents.
	 */
	@ParameterizedTest
	@CsvSource({ "read/articles, NodeIndexScan", "read/stories-by-size, NodeIndexScan",
			"read/outlet-network-kept, DirectedRelationshipIndexSeekByRange" })
	void aDefaultPageIsReadInTheOrderOfAnIndex(String name, String indexRead) {
		List<String> operators = operators(plan(name)).stream()
			.map(operator -> operator.replaceAll("@.*", ""))
			.toList();

		assertThat(operators).as(name).contains(indexRead, "PartialTop");
	}

	/**
	 * Walking every outlet's articles to count them took 0.26-0.51 s at 200,000
	 * documents.
	 */
	@Test
	void theOutletListCountsArticlesWithoutWalkingThem() {
		assertThat(operators(plan("read/outlets"))).noneMatch(operator -> operator.startsWith("Expand"));
	}

	private static Plan plan(String statement) {
		return graph().read(tx -> tx.run("EXPLAIN " + CypherStatement.load(statement).text()).consume().plan());
	}

	private static List<String> operators(Plan plan) {
		List<String> operators = new ArrayList<>(List.of(plan.operatorType()));
		plan.children().forEach(child -> operators.addAll(operators(child)));
		return operators;
	}

}
