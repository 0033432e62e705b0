package org.gavel.archfixtures.system;

import org.gavel.archfixtures.beta.BetaReading;

/** Fixture breaking the shared layer: cross-cutting code that uses a feature. */
class SharedUsingBeta {

	BetaReading reading;

}
