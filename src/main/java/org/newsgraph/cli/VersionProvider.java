package org.newsgraph.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = NewsgraphCommand.class.getPackage().getImplementationVersion();
		return new String[] { "newsgraph " + (version == null ? "(development build)" : version) };
	}

}
