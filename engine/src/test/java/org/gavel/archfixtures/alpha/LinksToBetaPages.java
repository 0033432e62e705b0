package org.gavel.archfixtures.alpha;

import org.gavel.archfixtures.beta.web.BetaPages;

/** Fixture breaking "web layers are leaves": a use case that needs a controller. */
class LinksToBetaPages {

	BetaPages pages;

}
