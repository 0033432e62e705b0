package org.gavel.archfixtures.alpha;

import org.gavel.archfixtures.beta.BetaReading;

/** Fixture keeping the feature boundary: uses another feature's application class. */
class UsesBetaReading {

	BetaReading reading;

}
