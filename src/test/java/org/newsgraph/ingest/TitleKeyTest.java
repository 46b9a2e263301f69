package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleKeyTest {

	@ParameterizedTest(name = "{0} ({1}, {2}) -> {3}")
	@CsvSource(delimiter = ';',
			textBlock = """
					MPs call for 'immediate stop' to live facial recognition ; express.co.uk ; Daily Express ; mps call for immediate stop to live facial recognition
					Civil liberties groups demand ban - Sky News              ; sky.com       ; Sky News      ; civil liberties groups demand ban
					Met to use facial recognition | Reuters                   ; reuters.com   ; Reuters       ; met to use facial recognition
					Met to use facial recognition - reuters.com               ; reuters.com   ;               ; met to use facial recognition
					Headline – The Guardian                                   ; theguardian.com ; The Guardian ; headline
					Public Perception of Facial Recognition Technologies - a four countries study ; example.org ; Example ; public perception of facial recognition technologies a four countries study
					Self-Driving Car Market Revenue Growth Predicted by 2021 – 2024 | By Kenneth Research ; marketwatch.com ; MarketWatch ; self driving car market revenue growth predicted by 2021 2024 by kenneth research
					""")
	void theKeyDropsCaseAndPunctuationAndOnlyTheOutletsOwnSuffix(String title, String domain, String name, String key) {
		OutletFacts outlet = new OutletFacts(domain, name == null ? null : CleanText.of(name), null, null);

		assertThat(TitleKey.of(title, outlet)).isEqualTo(key);
	}

}
