package org.newsgraph.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;
import org.newsgraph.ingest.DefinitionReader;
import org.newsgraph.ingest.DefinitionSettings;
import org.newsgraph.ingest.Definitions;
import org.newsgraph.ingest.OrganisationDefinition;
import org.newsgraph.analysis.stories.StoryClustering;
import org.newsgraph.analysis.stories.ClusteringReport;
import org.newsgraph.analysis.campaigns.CampaignMembership;
import org.newsgraph.analysis.organisations.OrganisationMatcher;
import org.newsgraph.analysis.organisations.OrganisationTagging;
import org.newsgraph.analysis.progress.AnalysisProgress;

/**
 * Brings everything derived from the articles up to date, in the order each step needs:
 * the organisations the new articles name (while they are still marked pending), their
 * stories, then campaign membership. The gazetteer and campaign files are read every
 * time; when their contents changed since they were last applied, every article is looked
 * at again and the campaigns are redefined.
 */
@Singleton
public final class GraphAnalysis {

	private static final String ORGANISATIONS = "organisations";

	private static final String CAMPAIGNS = "campaigns";

	private static final CypherStatement APPLIED = CypherStatement.load("analysis/definitions-applied");

	private static final CypherStatement MARK_APPLIED = CypherStatement.load("analysis/mark-definitions-applied");

	private final Graph graph;

	private final StoryClustering stories;

	private final DefinitionReader reader;

	private final DefinitionSettings settings;

	private final OrganisationTagging tagging;

	private final CampaignMembership campaigns;

	GraphAnalysis(Graph graph, StoryClustering stories, DefinitionReader reader, DefinitionSettings settings) {
		this.graph = graph;
		this.stories = stories;
		this.reader = reader;
		this.settings = settings;
		this.tagging = new OrganisationTagging(graph);
		this.campaigns = new CampaignMembership(graph);
	}

	/** After a load or unload: only what the changed articles touch. */
	public AnalysisReport update() {
		return update(AnalysisProgress.Listener.NONE);
	}

	public synchronized AnalysisReport update(AnalysisProgress.Listener progress) {
		Definitions definitions = read();
		DefinitionsRound round = new DefinitionsRound(definitions, changes(definitions), false, progress);
		ClusteringReport clustering = stories.update(progress);
		return new AnalysisReport(clustering, round.finish());
	}

	/** Everything anew: every article's organisations, every story, every campaign. */
	public synchronized AnalysisReport recluster(AnalysisProgress.Listener progress) {
		Definitions definitions = read();
		DefinitionsRound round = new DefinitionsRound(definitions, changes(definitions), true, progress);
		ClusteringReport clustering = stories.recluster(progress);
		return new AnalysisReport(clustering, round.finish());
	}

	/**
	 * Applies the definition files if they changed since they were last applied, for a
	 * server that watches them.
	 */
	public synchronized Optional<DefinitionsReport> applyChangedDefinitions() {
		Definitions definitions = read();
		Changes changes = changes(definitions);
		if (!changes.organisations() && !changes.campaigns()) {
			return Optional.empty();
		}
		return Optional.of(new DefinitionsRound(definitions, changes, false, AnalysisProgress.Listener.NONE).finish());
	}

	/** The gazetteer as its files say now, whatever the campaign files hold. */
	public List<OrganisationDefinition> gazetteer() {
		return reader.read(settings.organisations(), List.of()).organisations();
	}

	private Definitions read() {
		return reader.read(settings.organisations(), settings.campaigns());
	}

	/**
	 * One application of the definitions around a clustering round: organisations are
	 * found before the clustering clears the pending marks, campaigns are refreshed
	 * after.
	 */
	private final class DefinitionsRound {

		private final Definitions definitions;

		private final Changes changes;

		private final OrganisationTagging.Tagged tagged;

		private final long taggingNanos;

		private final AnalysisProgress.Listener progress;

		private final boolean everything;

		DefinitionsRound(Definitions definitions, Changes changes, boolean everything,
				AnalysisProgress.Listener progress) {
			this.definitions = definitions;
			this.changes = changes;
			this.progress = progress;
			this.everything = everything;
			long started = System.nanoTime();
			if (changes.organisations()) {
				tagging.define(definitions.organisations());
			}
			this.tagged = tagging.tag(new OrganisationMatcher(definitions.organisations()),
					everything || changes.organisations(), progress);
			if (changes.organisations()) {
				markApplied(ORGANISATIONS, definitions.organisationsSha256(), settings.organisations());
			}
			this.taggingNanos = System.nanoTime() - started;
		}

		DefinitionsReport finish() {
			long started = System.nanoTime();
			if (changes.campaigns()) {
				campaigns.define(definitions.campaigns());
			}
			// Deleted articles take their memberships with them; only new or changed
			// articles, or new definitions, can change what a campaign holds. New
			// articles are marked in the graph, not remembered here, so a round cut
			// short by a crash is finished by the next one.
			Map<String, Long> sizes = changes.campaigns() || everything || campaigns.articlesArePending()
					? campaigns.refresh(definitions.campaigns(), progress) : null;
			if (changes.campaigns()) {
				markApplied(CAMPAIGNS, definitions.campaignsSha256(), settings.campaigns());
			}
			return new DefinitionsReport(definitions.organisations().size(), tagged.articles(), tagged.mentions(),
					sizes, definitions.missing(), Duration.ofNanos(taggingNanos + System.nanoTime() - started));
		}

	}

	/** Which definition files differ from those last applied, read once per round. */
	private record Changes(boolean organisations, boolean campaigns) {
	}

	private Changes changes(Definitions definitions) {
		return new Changes(changed(ORGANISATIONS, definitions.organisationsSha256()),
				changed(CAMPAIGNS, definitions.campaignsSha256()));
	}

	private boolean changed(String kind, String sha256) {
		String applied = graph.read(tx -> {
			var value = tx.run(APPLIED.text(), Map.of("kind", kind)).single().get("sha256");
			return value.isNull() ? null : value.asString();
		});
		return !Objects.equals(applied, sha256);
	}

	private void markApplied(String kind, String sha256, List<Path> files) {
		List<String> paths = files.stream().map(file -> file.toAbsolutePath().toString()).toList();
		graph
			.write(tx -> tx.run(MARK_APPLIED.text(), Map.of("kind", kind, "sha256", sha256, "files", paths)).consume());
	}

}
