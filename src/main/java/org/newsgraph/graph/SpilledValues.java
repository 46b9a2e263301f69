package org.newsgraph.graph;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.NewsgraphException;

/**
 * A write statement's parameter row as bytes and back, for rows that wait on disk: the
 * value types the loader's rows hold (strings, whole numbers, booleans, date-times, lists
 * and maps of them). Strings are written with their length, so that no text is too long.
 */
final class SpilledValues {

	private static final byte NULL = 0;

	private static final byte STRING = 1;

	private static final byte LONG = 2;

	private static final byte BOOLEAN = 3;

	private static final byte DOUBLE = 4;

	private static final byte DATE_TIME = 5;

	private static final byte LIST = 6;

	private static final byte MAP = 7;

	private SpilledValues() {
	}

	static byte[] bytes(Map<String, Object> row) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			write(out, row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> row(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			return (Map<String, Object>) read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void writeString(DataOutput out, String text) throws IOException {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	static String readString(DataInput in) throws IOException {
		byte[] utf8 = new byte[in.readInt()];
		in.readFully(utf8);
		return new String(utf8, StandardCharsets.UTF_8);
	}

	private static void write(DataOutput out, Object value) throws IOException {
		if (value == null) {
			out.writeByte(NULL);
		}
		else if (value instanceof String text) {
			out.writeByte(STRING);
			writeString(out, text);
		}
		else if (value instanceof Long || value instanceof Integer) {
			out.writeByte(LONG);
			out.writeLong(((Number) value).longValue());
		}
		else if (value instanceof Boolean flag) {
			out.writeByte(BOOLEAN);
			out.writeBoolean(flag);
		}
		else if (value instanceof Double number) {
			out.writeByte(DOUBLE);
			out.writeDouble(number);
		}
		else if (value instanceof OffsetDateTime) {
			out.writeByte(DATE_TIME);
			writeString(out, value.toString());
		}
		else if (value instanceof List<?> list) {
			out.writeByte(LIST);
			out.writeInt(list.size());
			for (Object element : list) {
				write(out, element);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			out.writeByte(MAP);
			out.writeInt(map.size());
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				writeString(out, (String) entry.getKey());
				write(out, entry.getValue());
			}
		}
		else {
			throw new NewsgraphException("Cannot keep a value of " + value.getClass() + " for the bulk importer");
		}
	}

	private static Object read(DataInput in) throws IOException {
		byte type = in.readByte();
		return switch (type) {
			case NULL -> null;
			case STRING -> readString(in);
			case LONG -> in.readLong();
			case BOOLEAN -> in.readBoolean();
			case DOUBLE -> in.readDouble();
			case DATE_TIME -> OffsetDateTime.parse(readString(in));
			case LIST -> {
				int size = in.readInt();
				List<Object> list = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					list.add(read(in));
				}
				yield list;
			}
			case MAP -> {
				int size = in.readInt();
				Map<String, Object> map = new HashMap<>(size * 2);
				for (int i = 0; i < size; i++) {
					map.put(readString(in), read(in));
				}
				yield map;
			}
			default -> throw new NewsgraphException("A spilled row is damaged: unknown value type " + type);
		};
	}

}
