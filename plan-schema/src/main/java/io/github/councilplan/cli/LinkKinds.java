package io.github.councilplan.cli;

import io.github.councilplan.model.LinkKind;
import tools.jackson.databind.json.JsonMapper;

/** Names link kinds as plan documents do: {@code contributesTo}. */
final class LinkKinds {
    private LinkKinds() {}

    /** Returns the name plan documents give {@code kind}. */
    static String name(LinkKind kind) {
        return JsonMapper.shared().convertValue(kind, String.class);
    }
}
