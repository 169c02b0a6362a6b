/** The library's orders live in src/shared, because the owner process sorts the first screenful too. */
export { acceptOrder, ARTICLE_ORDERS, sortArticles, type ArticleOrder } from '../../../../shared/library/articleOrder';
