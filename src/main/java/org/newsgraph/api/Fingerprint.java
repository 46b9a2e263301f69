package org.newsgraph.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.newsgraph.NewsgraphException;

/** SHA-256 of bytes in lower-case hex: entity tags and the names of uploaded files. */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new NewsgraphException("SHA-256 is not available in this JVM", ex);
		}
	}

}
