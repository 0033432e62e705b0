package org.gavel.archfixtures.alpha;

import org.gavel.archfixtures.beta.process.BetaStep;

/** Fixture breaking the feature boundary: calls another feature's process step. */
class CallsBetaStep {

	BetaStep step;

}
