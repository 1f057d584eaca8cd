package dev.reckon.markdown.page;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import java.util.Set;

/**
 * The block pre-processor that swaps the fences an extension claims for its own nodes, after flexmark
 * has parsed the blocks and before it parses inlines. Each extension subclasses it once (flexmark
 * orders pre-processors by class).
 */
public abstract class FenceClaims implements BlockPreProcessorFactory, Independent {
    /** The node this extension makes of the fence, or null to leave it plain code. */
    protected abstract ClaimedFence claim(FencedCodeBlock fence);

    @Override
    public Set<Class<? extends Block>> getBlockTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public BlockPreProcessor apply(ParserState state) {
        return FenceClaims.this::preProcess;
    }

    private void preProcess(ParserState state, Block block) {
        ClaimedFence claimed = block instanceof FencedCodeBlock fence && !(block instanceof ClaimedFence) ? claim(fence) : null;
        if (claimed != null) {
            block.insertBefore(claimed);
            block.unlink();
            state.blockAdded(claimed);
            state.blockRemoved(block);
        }
    }
}
