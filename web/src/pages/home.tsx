export function HomePage() {
  return (
    <article class="page home">
      <h1>Officials, posts and meetings, from the news</h1>
      <p class="lead">
        Search a person, a body or a meeting above, without diacritics if you like (“dao khanh ha”). A person's page shows
        the posts held over the years and the meetings attended; a meeting's page everyone in it with the posts they held
        that day; a body's page who held its posts on a date. Every fact links to the sentence and the article that
        state it.
      </p>
    </article>
  );
}
