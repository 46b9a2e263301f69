package org.newsgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The typed columns of a set of attribute maps, in first-seen order: both formats declare
 * each attribute once, with a type, before any value. A column's type is that of its
 * first non-null value.
 */
record AttributeColumns(Map<String, Type> types) {

	enum Type {

		LONG, DOUBLE, BOOLEAN, STRING;

		/** The type's name in both GEXF and GraphML. */
		String xmlName() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Type of(Object value) {
			if (value instanceof Long || value instanceof Integer) {
				return LONG;
			}
			if (value instanceof Double || value instanceof Float) {
				return DOUBLE;
			}
			return value instanceof Boolean ? BOOLEAN : STRING;
		}

	}

	static <T> AttributeColumns of(List<T> items, Function<T, Map<String, Object>> attributes) {
		Map<String, Type> types = new LinkedHashMap<>();
		for (T item : items) {
			attributes.apply(item).forEach((name, value) -> {
				if (value != null) {
					types.putIfAbsent(name, Type.of(value));
				}
			});
		}
		return new AttributeColumns(types);
	}

}
