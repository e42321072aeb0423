package jp.infracareer.home;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.UserKey;

/**
 * More of the Home tab for some users, from a feature the Home tab does not know (the advisor-channel settings,
 * shown to those who may change them). Empty for everyone else.
 */
@FunctionalInterface
public interface HomeSection {
    HomeSection NONE = (user, catalog) -> List.of();

    List<LayoutBlock> blocks(UserKey user, Catalog catalog);
}
