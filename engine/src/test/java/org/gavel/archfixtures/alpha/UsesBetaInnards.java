package org.gavel.archfixtures.alpha;

import org.gavel.archfixtures.beta.signin.BetaThrottle;

/** Fixture breaking the feature boundary: uses an inner package of another feature. */
class UsesBetaInnards {

	BetaThrottle throttle;

}
