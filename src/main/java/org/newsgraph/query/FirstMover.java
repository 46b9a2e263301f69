package org.newsgraph.query;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Who published first on the stories two outlets share, by each one's earliest article on
 * each story.
 *
 * @param aFirst stories on which outlet a published first
 * @param bFirst stories on which outlet b published first
 * @param simultaneous stories both published at the same instant
 * @param medianLeadHoursA how far ahead a typically was, on the stories it led; null when
 * it led none
 * @param medianLeadHoursB the same for b
 */
@Serdeable
public record FirstMover(long aFirst, long bFirst, long simultaneous, @Nullable Double medianLeadHoursA,
		@Nullable Double medianLeadHoursB) {

	/** When each outlet first published on one shared story; either may be unknown. */
	public record Firsts(@Nullable OffsetDateTime a, @Nullable OffsetDateTime b) {
	}

	/** Stories where either time is unknown are left out. */
	public static FirstMover of(List<Firsts> firsts) {
		List<Double> leadsA = new ArrayList<>();
		List<Double> leadsB = new ArrayList<>();
		long simultaneous = 0;
		for (Firsts pair : firsts) {
			if (pair.a() == null || pair.b() == null) {
				continue;
			}
			double hours = Duration.between(pair.a(), pair.b()).toSeconds() / 3600.0;
			if (hours > 0) {
				leadsA.add(hours);
			}
			else if (hours < 0) {
				leadsB.add(-hours);
			}
			else {
				simultaneous++;
			}
		}
		return new FirstMover(leadsA.size(), leadsB.size(), simultaneous, median(leadsA), median(leadsB));
	}

	private static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		Collections.sort(values);
		int middle = values.size() / 2;
		return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
	}

}
