namespace Crm.Domain.Service;

/// <summary>A comment on a case: internal ones stay with the desk, public ones are the conversation with the customer.</summary>
public sealed class CaseComment
{
    private CaseComment()
    {
        Text = Author = "";
    }

    internal CaseComment(string text, bool isPublic, bool byCustomer, string author, DateTimeOffset at)
    {
        (Text, IsPublic, ByCustomer, Author, At) = (text, isPublic, byCustomer, author, at);
    }

    public long Id { get; private set; }

    public string Text { get; private set; }

    public bool IsPublic { get; private set; }

    /// <summary>Written by the customer in the portal or by email; always public.</summary>
    public bool ByCustomer { get; private set; }

    public string Author { get; private set; }

    public DateTimeOffset At { get; private set; }
}
