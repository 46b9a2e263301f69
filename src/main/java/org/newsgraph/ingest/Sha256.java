package org.newsgraph.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.newsgraph.NewsgraphException;

/**
 * SHA-256 in lower-case hex: file fingerprints for provenance, and the source of article
 * ids.
 */
public final class Sha256 {

	private Sha256() {
	}

	public static String hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new NewsgraphException("SHA-256 is not available in this JVM", ex);
		}
	}

}
