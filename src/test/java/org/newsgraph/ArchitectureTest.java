package org.newsgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages follow the flow of data: ingest, graph, analysis, query, export, then the
 * surfaces (api, cli, web).
 */
@AnalyzeClasses(packages = "org.newsgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule layersAreOnlyUsedDownstream = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("ingest")
		.definedBy("org.newsgraph.ingest..")
		.layer("graph")
		.definedBy("org.newsgraph.graph..")
		.layer("analysis")
		.definedBy("org.newsgraph.analysis..")
		.layer("query")
		.definedBy("org.newsgraph.query..")
		.layer("export")
		.definedBy("org.newsgraph.export..")
		.layer("bench")
		.definedBy("org.newsgraph.bench..")
		.layer("api")
		.definedBy("org.newsgraph.api..")
		.layer("cli")
		.definedBy("org.newsgraph.cli..")
		.layer("web")
		.definedBy("org.newsgraph.web..")
		.whereLayer("bench")
		.mayOnlyBeAccessedByLayers("cli")
		.whereLayer("api")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("cli")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("web")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("export")
		.mayOnlyBeAccessedByLayers("bench", "api", "cli", "web")
		.whereLayer("query")
		.mayOnlyBeAccessedByLayers("export", "bench", "api", "cli")
		.whereLayer("analysis")
		.mayOnlyBeAccessedByLayers("query", "bench", "api", "cli", "web")
		.whereLayer("graph")
		.mayOnlyBeAccessedByLayers("analysis", "query", "bench", "api", "cli", "web")
		.whereLayer("ingest")
		.mayOnlyBeAccessedByLayers("graph", "analysis", "query", "bench", "cli");

	@ArchTest
	static final ArchRule theSurfacesNeverTouchTheDriver = noClasses().that()
		.resideInAnyPackage("org.newsgraph.api..", "org.newsgraph.cli..", "org.newsgraph.web..",
				"org.newsgraph.ingest..", "org.newsgraph.export..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.neo4j..");

	@ArchTest
	static final ArchRule ingestKnowsNothingOfNeo4jOrHttp = noClasses().that()
		.resideInAPackage("org.newsgraph.ingest..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.micronaut.http..", "org.newsgraph.graph..");

}
