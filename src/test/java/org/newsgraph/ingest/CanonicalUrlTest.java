package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			HTTPS://WWW.Example.ORG/Path/Case | https://www.example.org/Path/Case
			https://example.org | https://example.org/
			https://example.org:443/a | https://example.org/a
			http://example.org:80/a | http://example.org/a
			http://example.org:8080/a | http://example.org:8080/a
			https://example.org/a#section | https://example.org/a
			https://example.org/a?utm_source=x&id=3&utm_medium=y | https://example.org/a?id=3
			https://example.org/a?fbclid=abc | https://example.org/a
			https://example.org./a | https://example.org/a
			'https://example.org/a b' | https://example.org/a%20b
			""")
	void canonicalFormsAreComparable(String given, String canonical) {
		assertThat(CanonicalUrl.of(given)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/a", "/relative/path",
			"https://" })
	void onlyAbsoluteWebUrlsAreAccepted(String given) {
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.of(given));
	}

	@Test
	void theIdIsStableAndDiffersBetweenUrls() {
		String id = CanonicalUrl.idOf("https://example.org/a");

		assertThat(id).isEqualTo(CanonicalUrl.idOf("https://example.org/a")).hasSize(20);
		assertThat(id).isNotEqualTo(CanonicalUrl.idOf("https://example.org/b"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp | https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk
					https://diginomica-com.cdn.ampproject.org/c/s/diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk?amp | https://diginomica.com/campaigners-call-ban-use-facial-recognition-tech-uk
					https://news.sky.com/story/amp/civil-liberties-groups-demand-government-bans-facial-recognition-cameras-12388513 | https://news.sky.com/story/civil-liberties-groups-demand-government-bans-facial-recognition-cameras-12388513
					https://www.computerweekly.com/feature/How-Pegasystems-is-capturing-the-Fortune-500?amp=1 | https://www.computerweekly.com/feature/How-Pegasystems-is-capturing-the-Fortune-500
					https://www.slantmagazine.com/music/kesha-discovers-how-to-learn-to-let-go-in-new-song-and-video/amp/ | https://www.slantmagazine.com/music/kesha-discovers-how-to-learn-to-let-go-in-new-song-and-video/
					https://www.independent.co.uk/news/uk/a.html?outputType=amp | https://www.independent.co.uk/news/uk/a.html
					http://example-org.cdn.ampproject.org/c/example.org/story.amp.html | http://example.org/story.html
					""")
	void ampVariantsMapToThePageTheyMirror(String amp, String canonical) {
		assertThat(CanonicalUrl.of(amp)).isEqualTo(canonical);
	}

	@Test
	void htmlEntitiesInAUrlAreDecoded() {
		assertThat(CanonicalUrl.of("https://hackaday.com/wp-content/uploads/2020/01/mouse.jpg?w=600&#038;h=600"))
			.isEqualTo("https://hackaday.com/wp-content/uploads/2020/01/mouse.jpg?w=600&h=600");
	}

}
