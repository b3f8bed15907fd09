import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { ArticlePage } from './pages/article.tsx';
import { HomePage } from './pages/home.tsx';
import { MeetingPage } from './pages/meeting.tsx';
import { OrganizationPage } from './pages/organization.tsx';
import { PersonPage } from './pages/person.tsx';
import { SearchBox } from './search-box.tsx';

function Header() {
  const { route } = useLocation();
  return (
    <header class="top">
      <a class="brand" href="/">
        Officials graph
      </a>
      <SearchBox onNavigate={(path) => route(path)} />
    </header>
  );
}

function UnknownPage() {
  return (
    <div class="page state state-not-found" role="alert">
      <h1>No such page</h1>
      <p>
        This address is not a page of the explorer. Start from the <a href="/">search</a>.
      </p>
    </div>
  );
}

export function App() {
  return (
    <LocationProvider>
      <Header />
      <main>
        <Router>
          <Route path="/" component={HomePage} />
          <Route path="/person/:slug" component={PersonPage} />
          <Route path="/org/:slug" component={OrganizationPage} />
          <Route path="/article/:slug" component={ArticlePage} />
          <Route path="/meeting/:slug*" component={MeetingPage} />
          <Route default component={UnknownPage} />
        </Router>
      </main>
      <footer class="bottom muted">
        Data from the public <a href="/graphql">GraphQL API</a>.
      </footer>
    </LocationProvider>
  );
}
