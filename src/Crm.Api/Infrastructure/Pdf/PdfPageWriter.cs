using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Crm.Api.Infrastructure.Pdf;

/// <summary>Writes top to bottom, starting a new page when the next row would not fit.</summary>
public sealed class PdfPageWriter
{
    public const double Margin = 50, PageBottom = 790;

    private readonly PdfDocument _document;
    private XGraphics _graphics = null!;
    private double _y;

    public PdfPageWriter(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    public XFont Title { get; } = new(EmbeddedFonts.Family, 18, XFontStyleEx.Bold);
    public XFont Bold { get; } = new(EmbeddedFonts.Family, 10, XFontStyleEx.Bold);
    public XFont Body { get; } = new(EmbeddedFonts.Family, 10, XFontStyleEx.Regular);
    public XFont Small { get; } = new(EmbeddedFonts.Family, 8, XFontStyleEx.Regular);
    public XFont SmallBold { get; } = new(EmbeddedFonts.Family, 8, XFontStyleEx.Bold);

    public void Down(double points) => _y += points;

    public void Text(string text, XFont font, double x, double dy) =>
        _graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, _y + dy + font.Size));

    public void EnsureRoom(double points, Action onNewPage)
    {
        if (_y + points <= PageBottom) return;
        NewPage();
        onNewPage();
    }

    public void TableHeader(IReadOnlyList<(string Title, double Width, bool Right)> columns)
    {
        Row(columns, [.. columns.Select(c => c.Title)], SmallBold);
        Rule();
        Down(4);
    }

    public void Row(IReadOnlyList<(string Title, double Width, bool Right)> columns, IReadOnlyList<string> cells, XFont? font = null)
    {
        var x = Margin;
        for (var i = 0; i < columns.Count; i++)
        {
            var box = new XRect(x, _y, columns[i].Width - 4, 14);
            var text = Fit(cells[i], font ?? Small, box.Width);
            _graphics.DrawString(text, font ?? Small, XBrushes.Black, box, columns[i].Right ? XStringFormats.TopRight : XStringFormats.TopLeft);
            x += columns[i].Width;
        }
        Down(16);
    }

    /// <summary>Text wrapped at word boundaries to the width from the margin, a new page when it runs out; line breaks kept.</summary>
    public void Paragraph(string text, XFont font, double width = 595 - 2 * Margin)
    {
        foreach (var source in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > width)
                {
                    WrappedLine(line, font);
                    line = word;
                }
                else line = candidate;
            }
            WrappedLine(line, font);
        }
    }

    private void WrappedLine(string line, XFont font)
    {
        EnsureRoom(font.Size + 4, () => { });
        Text(line, font, Margin, 0);
        Down(font.Size + 4);
    }

    public void Rule() => _graphics.DrawLine(XPens.Gray, Margin, _y, 595 - Margin, _y);

    /// <summary>Cuts a cell's text to its column, with an ellipsis.</summary>
    private string Fit(string text, XFont font, double width)
    {
        if (_graphics.MeasureString(text, font).Width <= width) return text;
        while (text.Length > 1 && _graphics.MeasureString(text + "…", font).Width > width) text = text[..^1];
        return text + "…";
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }
}
