package org.newsgraph.query;

import static org.newsgraph.query.Values.dateTime;
import static org.newsgraph.query.Values.listOf;
import static org.newsgraph.query.Values.outlet;
import static org.newsgraph.query.Values.storiesOf;
import static org.newsgraph.query.Values.text;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;
import org.neo4j.driver.Value;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.Graph;

/** Stories: filtered, paged lists and one story with its coverage. */
@Singleton
public final class StoryQueries {

	private static final CypherStatement STORIES = CypherStatement.load("read/stories");

	private static final CypherStatement STORIES_BY_SIZE = CypherStatement.load("read/stories-by-size");

	private static final CypherStatement STORY_COUNT = CypherStatement.load("read/story-count");

	private static final CypherStatement STORY = CypherStatement.load("read/story");

	private final Graph graph;

	private final ReadCache answers;

	StoryQueries(Graph graph, ReadCache answers) {
		this.graph = graph;
		this.answers = answers;
	}

	/**
	 * @throws InvalidQueryException when the text is not a valid Lucene query
	 */
	public Page<StorySummary> list(StoryFilter filter, PageRequest request) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("text", TextSearch.queryOrNull(filter.text()));
		parameters.put("topic", filter.topic());
		parameters.put("outlet", filter.outlet());
		parameters.put("from", filter.from());
		parameters.put("to", filter.to());
		parameters.put("minOutlets", filter.minOutlets());
		parameters.put("sort", filter.sort());
		parameters.put("skip", request.skip());
		parameters.put("limit", request.size());
		if (filter.onlyByOutletsAndSize()) {
			return answers.get(() -> graph.read(tx -> {
				var page = tx.run(STORIES_BY_SIZE.text(), parameters).single();
				return new Page<>(storiesOf(page.get("stories"), StoryQueries::summary), request.page(), request.size(),
						tx.run(STORY_COUNT.text(), parameters).single().get("total").asLong());
			}), "stories", filter, request);
		}
		return answers.get(() -> TextSearch.read(() -> graph.read(tx -> {
			var row = tx.run(STORIES.text(), parameters).single();
			return new Page<>(storiesOf(row.get("stories"), StoryQueries::summary), request.page(), request.size(),
					row.get("total").asLong());
		})), "stories", filter, request);
	}

	/**
	 * @throws NotFoundException when no story has this id
	 */
	public StoryDetail byId(String id) {
		return answers
			.get(() -> graph.read(tx -> tx.run(STORY.text(), Map.of("id", id)).list(row -> detail(row.get("story"))))
				.stream()
				.findFirst()
				.orElseThrow(() -> new NotFoundException("No story with id '" + id + "'")), "story", id);
	}

	static StorySummary summary(Value story) {
		return new StorySummary(text(story.get("id")), text(story.get("headline")),
				dateTime(story.get("firstPublishedAt")), dateTime(story.get("lastPublishedAt")),
				story.get("articleCount").asLong(), story.get("outletCount").asLong(),
				listOf(story.get("topTerms"), Value::asString));
	}

	private static StoryDetail detail(Value story) {
		return new StoryDetail(text(story.get("id")), text(story.get("headline")),
				dateTime(story.get("firstPublishedAt")), dateTime(story.get("lastPublishedAt")),
				story.get("articleCount").asLong(), story.get("outletCount").asLong(),
				listOf(story.get("topTerms"), Value::asString), outlet(story.get("firstPublisher")),
				listOf(story.get("articles"),
						article -> new StoryDetail.Article(text(article.get("id")), text(article.get("url")),
								text(article.get("title")), dateTime(article.get("publishedAt")),
								outlet(article.get("outlet")), article.get("syndicated").asBoolean())),
				listOf(story.get("timeline"),
						day -> new StoryDetail.Coverage(day.get("day").asLocalDate(), text(day.get("outlet")),
								day.get("articles").asLong())),
				listOf(story.get("similarStories"),
						similar -> new StoryDetail.SimilarStory(text(similar.get("id")), text(similar.get("headline")),
								similar.get("articleCount").asLong(), similar.get("score").asDouble())));
	}

}
