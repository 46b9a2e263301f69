package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class WrkReportTest {

	@Test
	void aReportGivesItsRequestsErrorsAndPercentilesInMilliseconds() throws IOException {
		WrkReport report = WrkReport.parse(Files.readString(Path.of("src/test/resources/wrk/interrupted-report.txt")));

		assertThat(report.requests()).isEqualTo(120_344);
		assertThat(report.failedResponses()).isEqualTo(7);
		assertThat(report.socketErrors()).isEqualTo(5);
		assertThat(report.errors()).isEqualTo(12);
		assertThat(report.p50Millis()).isCloseTo(0.635, within(1e-9));
		assertThat(report.p99Millis()).isCloseTo(1_200, within(1e-9));
	}

	@Test
	void aReportWithoutErrorsOrDistributionCountsNoErrorsAndNoPercentiles() {
		WrkReport report = WrkReport.parse("""
				Running 1s test @ http://localhost:1/
				  0 requests in 1.00s, 0.00B read
				""");

		assertThat(report.requests()).isZero();
		assertThat(report.errors()).isZero();
		assertThat(report.p99Millis()).isNaN();
	}

}
