package org.gavel.archfixtures.alpha;

import org.gavel.archfixtures.beta.process.BetaProcess;

/**
 * Fixture keeping the feature boundary: calls another feature's process by its contract.
 */
class CallsBetaProcess {

	BetaProcess.Input input = new BetaProcess.Input("seat vote");

}
