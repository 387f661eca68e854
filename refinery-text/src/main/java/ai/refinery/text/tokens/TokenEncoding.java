package ai.refinery.text.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * OpenAI's byte-pair encodings as shipped in jtokkit 1.1.0, each loaded once per JVM on first use
 * (jtokkit's encodings are immutable and safe for concurrent use).
 */
public enum TokenEncoding {
    /** GPT-3.5 / GPT-4. */
    CL100K_BASE(EncodingType.CL100K_BASE),
    /** GPT-4o. */
    O200K_BASE(EncodingType.O200K_BASE),
    /** Codex, text-davinci-002/003. */
    P50K_BASE(EncodingType.P50K_BASE),
    /** GPT-3 (davinci), GPT-2's vocabulary. */
    R50K_BASE(EncodingType.R50K_BASE);

    private final EncodingType type;

    TokenEncoding(EncodingType type) {
        this.type = type;
    }

    /** The encoding, loaded on first use (cl100k_base takes about half a second). */
    public Encoding encoding() {
        return Registry.INSTANCE.getEncoding(type);
    }

    /** Holder: the lazy registry reads a vocabulary file only when its encoding is first asked for. */
    private static final class Registry {
        static final EncodingRegistry INSTANCE = Encodings.newLazyEncodingRegistry();
    }
}
