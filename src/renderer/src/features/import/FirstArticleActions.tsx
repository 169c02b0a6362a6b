/** What an empty notebook offers wherever it says so: import an article, or open the sample one. */
import { requestImport } from './importEvents';
import './import.css';

export function FirstArticleActions() {
  return (
    <div className="first-article-actions">
      <button type="button" className="button button--primary" onClick={() => requestImport('files')}>
        Import an article
      </button>
      <button type="button" className="button" onClick={() => requestImport('sample')}>
        Open the sample article
      </button>
    </div>
  );
}
