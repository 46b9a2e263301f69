package org.newsgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
		.mayOnlyBeAccessedByLayers("analysis", "query", "export", "bench", "api", "cli", "web")
		.whereLayer("ingest")
		.mayOnlyBeAccessedByLayers("graph", "analysis", "query", "bench", "cli");

	/**
	 * Each concern of the analysis stands alone: the orchestration in the analysis
	 * package runs them, and none of them knows it or the others, except where one builds
	 * on another (suggestions on the organisations, stories on communities).
	 */
	@ArchTest
	static final ArchRule analysisConcernsOnlyMeetInTheOrchestration = layeredArchitecture()
		.consideringOnlyDependenciesInLayers()
		.layer("orchestration")
		.definedBy("org.newsgraph.analysis")
		.layer("stories")
		.definedBy("org.newsgraph.analysis.stories..")
		.layer("campaigns")
		.definedBy("org.newsgraph.analysis.campaigns..")
		.layer("organisations")
		.definedBy("org.newsgraph.analysis.organisations..")
		.layer("suggestions")
		.definedBy("org.newsgraph.analysis.suggestions..")
		.layer("evaluation")
		.definedBy("org.newsgraph.analysis.evaluation..")
		.layer("communities")
		.definedBy("org.newsgraph.analysis.communities..")
		.layer("progress")
		.definedBy("org.newsgraph.analysis.progress..")
		.layer("embeddings")
		.definedBy("org.newsgraph.analysis.embeddings..")
		.whereLayer("orchestration")
		.mayOnlyBeAccessedByLayers("suggestions")
		.whereLayer("stories")
		.mayOnlyBeAccessedByLayers("orchestration")
		.whereLayer("campaigns")
		.mayOnlyBeAccessedByLayers("orchestration")
		.whereLayer("organisations")
		.mayOnlyBeAccessedByLayers("orchestration", "suggestions")
		.whereLayer("suggestions")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("embeddings")
		.mayOnlyBeAccessedByLayers("orchestration")
		.whereLayer("evaluation")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("communities")
		.mayOnlyBeAccessedByLayers("stories");

	@ArchTest
	static final ArchRule analysisConcernsAreFreeOfCycles = slices().matching("org.newsgraph.analysis.(*)..")
		.should()
		.beFreeOfCycles();

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
