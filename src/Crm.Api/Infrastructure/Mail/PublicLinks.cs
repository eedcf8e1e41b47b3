namespace Crm.Api.Infrastructure.Mail;

/// <summary>Absolute links for what leaves the app (mails): the public base address is configuration
/// (<c>App:PublicUrl</c>), since a job that writes a mail has no request to take a host from.</summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    public string BaseUrl { get; } = (configuration["App:PublicUrl"] ?? configuration["Portal:Url"] ?? "http://localhost:5080").TrimEnd('/');

    public string To(string path) => $"{BaseUrl}/{path.TrimStart('/')}";
}
