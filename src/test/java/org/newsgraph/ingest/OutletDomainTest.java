package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletDomainTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			WWW.Express.co.uk.    | express.co.uk
			morningstaronline.co.uk | morningstaronline.co.uk
			www.privacyinternational.org | privacyinternational.org
			""")
	void aProviderDomainLosesCaseWwwAndTrailingDot(String given, String domain) {
		assertThat(OutletDomain.ofProvider(given)).isEqualTo(domain);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			https://news.bbc.co.uk/news/uk-123                  | bbc.co.uk
			https://eandt.theiet.org/content/articles/2022/09/x | theiet.org
			https://www.express.co.uk/news/politics/1820935     | express.co.uk
			https://someone.blogspot.com/2020/01/post.html      | someone.blogspot.com
			http://localhost/x                                  | localhost
			""")
	void anOutletKnownOnlyByUrlIsItsRegistrableDomain(String url, String domain) {
		assertThat(OutletDomain.ofUrl(url)).isEqualTo(domain);
	}

}
