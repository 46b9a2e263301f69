package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

class ValuesTest {

	/**
	 * Found by ReadsDuringReclusteringIT: a story list failed with "Cannot coerce NULL to
	 * Java long" on a story whose id had been read but not its article count.
	 */
	@Test
	void storiesDissolvedWhileTheirPropertiesWereReadAreLeftOut() {
		Value stories = org.neo4j.driver.Values.value(List.of(story("whole", 3L, 2L), story(null, null, null),
				story("readUpToItsHeadline", null, null), story("readButItsArticleCount", null, 2L)));

		List<String> read = Values.storiesOf(stories, story -> story.get("id").asString());

		assertThat(read).containsExactly("whole");
	}

	private static Map<String, Object> story(String id, Long articleCount, Long outletCount) {
		Map<String, Object> story = new HashMap<>();
		story.put("id", id);
		story.put("headline", id == null ? null : "Headline of " + id);
		story.put("articleCount", articleCount);
		story.put("outletCount", outletCount);
		return story;
	}

}
