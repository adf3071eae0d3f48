import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClients } from './apollo/create-apollo-client';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';

initI18n();
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App clients={createApiClients()} />
  </StrictMode>,
);
