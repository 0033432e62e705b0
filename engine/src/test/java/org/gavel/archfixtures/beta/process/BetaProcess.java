package org.gavel.archfixtures.beta.process;

/** Fixture: a process contract, which other features may use. */
public final class BetaProcess {

	/** Fixture: the contract's typed input. */
	public record Input(String title) {

	}

}
