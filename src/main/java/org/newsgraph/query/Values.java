package org.newsgraph.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Value;

/** Null-tolerant reads of driver values into the types read models use. */
final class Values {

	private Values() {
	}

	static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	static Long whole(Value value) {
		return value.isNull() ? null : value.asLong();
	}

	static Boolean bool(Value value) {
		return value.isNull() ? null : value.asBoolean();
	}

	static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	static OffsetDateTime dateTime(Value value) {
		return value.isNull() ? null : value.asOffsetDateTime();
	}

	static <T> List<T> listOf(Value value, Function<Value, T> mapper) {
		return value.isNull() ? List.of() : value.asList(mapper);
	}

	/**
	 * A list of stories, less those the analysis dissolved while the statement read them:
	 * Neo4j reads committed data, and a story deleted after it was matched comes back
	 * with no properties, or, deleted while its properties were read, with only the first
	 * of them.
	 */
	static <T> List<T> storiesOf(Value value, Function<Value, T> mapper) {
		return value.isNull() ? List.of()
				: value.asList(story -> story).stream().filter(Values::readWhole).map(mapper).toList();
	}

	private static boolean readWhole(Value story) {
		return !story.get("id").isNull() && !story.get("articleCount").isNull() && !story.get("outletCount").isNull();
	}

	static OutletRef outlet(Value value) {
		return value.isNull() ? null : new OutletRef(text(value.get("domain")), text(value.get("name")));
	}

}
