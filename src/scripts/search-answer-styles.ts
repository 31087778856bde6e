// The answer's styles as text (src/styles/search-answer.css, minified by the build), loaded by the search dialog the
// first time a query may bring an answer on a page that lacks them: no page carries them before that.
import styles from '../styles/search-answer.css?inline';

export default styles;
